// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.002597686953) q[0];
ry(pi*0.020705379331) q[1];
ry(pi*0.045262918949) q[2];
ry(pi*-0.037080930992) q[3];
ry(pi*0.061329620366) q[4];
ry(pi*-0.037095741594) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.552089692709) q[0];
ry(pi*0.4994471101) q[1];
ry(pi*0.040074057439) q[2];
ry(pi*0.452244962893) q[3];
ry(pi*-0.013611459482) q[4];
ry(pi*0.40841605639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.404790288414) q[0];
ry(pi*0.012913051295) q[1];
ry(pi*0.013447288296) q[2];
ry(pi*0.058958083822) q[3];
ry(pi*0.065590771432) q[4];
ry(pi*-0.183357604579) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.145826834482) q[0];
ry(pi*0.505499188942) q[1];
ry(pi*-0.006064379111) q[2];
ry(pi*-0.520695752717) q[3];
ry(pi*0.041453134294) q[4];
ry(pi*-0.369943536015) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034807981589) q[0];
ry(pi*0.131336360485) q[1];
ry(pi*0.397217392063) q[2];
ry(pi*-0.012874428709) q[3];
ry(pi*-0.049143562074) q[4];
ry(pi*0.00149108336) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
