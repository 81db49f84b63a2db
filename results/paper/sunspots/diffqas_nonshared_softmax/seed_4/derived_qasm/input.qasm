// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.203355886205) q[0];
ry(pi*0.206212821526) q[1];
ry(pi*0.18215566204) q[2];
ry(pi*0.006672274841) q[3];
ry(pi*0.002909692603) q[4];
ry(pi*0.109548275219) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.214858133467) q[0];
ry(pi*-0.157102404842) q[1];
ry(pi*0.010305377562) q[2];
ry(pi*0.042323637161) q[3];
ry(pi*0.004127588851) q[4];
ry(pi*0.159780322801) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.052757562203) q[0];
ry(pi*-0.010735627304) q[1];
ry(pi*0.003870329658) q[2];
ry(pi*0.010928482913) q[3];
ry(pi*-0.007297594667) q[4];
ry(pi*0.060799113881) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005747138761) q[0];
ry(pi*-0.03574676026) q[1];
ry(pi*-0.332544114251) q[2];
ry(pi*0.110236834179) q[3];
ry(pi*0.01547261844) q[4];
ry(pi*-0.002533785553) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004840056141) q[0];
ry(pi*-0.066513567934) q[1];
ry(pi*-0.108746980193) q[2];
ry(pi*-0.003956309111) q[3];
ry(pi*-0.261426021719) q[4];
ry(pi*0.002938348863) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
