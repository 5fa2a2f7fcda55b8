package nl.industriemonitor.data;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.criteria.CriteriaQuery;

/** A branch of industry as stored: SBI 2008 code (or a CBS grouping of ours), names, parent, and the order pages list it in. */
@Entity
public class Branch extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String code;

    @Column(name = "name_nl", nullable = false, length = 200)
    public String nameNl;

    @Column(name = "name_en", length = 200)
    public String nameEn;

    @Column(name = "parent_code", length = 40)
    public String parentCode;

    @Column(name = "energy_intensive", nullable = false)
    public boolean energyIntensive;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public static Branch of(BranchInfo info) {
        Branch branch = new Branch();
        branch.code = info.code();
        branch.nameNl = info.nameNl();
        branch.nameEn = info.nameEn();
        branch.parentCode = info.parentCode();
        branch.energyIntensive = info.energyIntensive();
        branch.sortOrder = info.sortOrder();
        return branch;
    }

    /** Every branch: a criteria query, as at start (see {@link Release#all()}). */
    public static List<Branch> all() {
        CriteriaQuery<Branch> query = getEntityManager().getCriteriaBuilder().createQuery(Branch.class);
        query.select(query.from(Branch.class));
        return getEntityManager().createQuery(query).getResultList();
    }

    public static List<String> codes() {
        return find("select code from Branch").project(String.class).list();
    }

    public BranchInfo info() {
        return new BranchInfo(code, nameNl, nameEn, parentCode, energyIntensive, sortOrder);
    }
}
