package nl.industriemonitor.data;


import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A branch of industry as stored: SBI code (or our code for a codeless CBS grouping) and names. */
@Entity
public class Branch extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_nl", nullable = false)
    public String nameNl;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "energy_intensive", nullable = false)
    public boolean energyIntensive;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;


    public static Branch of(BranchInfo info) {
        Branch b = new Branch();
        b.code = info.code();
        b.nameNl = info.nameNl();
        b.nameEn = info.nameEn();
        b.parentCode = info.parentCode();
        b.energyIntensive = info.energyIntensive();
        b.sortOrder = info.sortOrder();
        return b;
    }

    public BranchInfo info() {
        return new BranchInfo(code, nameNl, nameEn, parentCode, energyIntensive, sortOrder);
    }
}
