// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074944103629) q[0];
ry(pi*0.27732313523) q[1];
ry(pi*-3.96332e-07) q[2];
ry(pi*2.071e-09) q[3];
ry(pi*2.1888e-08) q[4];
ry(pi*-1.8637e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.385703590397) q[0];
ry(pi*-0.18999707969) q[1];
ry(pi*-5.95845e-07) q[2];
ry(pi*-1.9611e-08) q[3];
ry(pi*-1.2056e-08) q[4];
ry(pi*1.9061e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.042255259378) q[0];
ry(pi*0.653598028933) q[1];
ry(pi*3.14542e-07) q[2];
ry(pi*2.1257e-08) q[3];
ry(pi*0.036294944602) q[4];
ry(pi*0.002702537768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.206614208976) q[0];
ry(pi*-0.124756696962) q[1];
ry(pi*-0.037984112045) q[2];
ry(pi*-0.03642012442) q[3];
ry(pi*-0.039095182238) q[4];
ry(pi*-0.012646914634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081576592025) q[0];
ry(pi*0.068612243164) q[1];
ry(pi*0.067242462955) q[2];
ry(pi*0.036341494239) q[3];
ry(pi*0.021060793442) q[4];
ry(pi*-0.000470384256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
