// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.140601938981) q[0];
ry(pi*-0.083928539207) q[1];
ry(pi*0.016999491814) q[2];
ry(pi*-0.003117097048) q[3];
ry(pi*0.020392250731) q[4];
ry(pi*0.004150095273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.073522404497) q[0];
ry(pi*-0.082696961236) q[1];
ry(pi*-0.004400928634) q[2];
ry(pi*-0.015170381384) q[3];
ry(pi*-0.000170679024) q[4];
ry(pi*-0.002508889454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108851908974) q[0];
ry(pi*-0.106772106886) q[1];
ry(pi*0.011225929351) q[2];
ry(pi*-0.003349960253) q[3];
ry(pi*-0.062683624735) q[4];
ry(pi*-0.001209217773) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.096183852771) q[0];
ry(pi*0.056928042508) q[1];
ry(pi*-0.004629708252) q[2];
ry(pi*-0.025715576848) q[3];
ry(pi*0.002882217693) q[4];
ry(pi*0.005426761979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.137225681611) q[0];
ry(pi*-0.174676566953) q[1];
ry(pi*0.094930380249) q[2];
ry(pi*-0.039126456441) q[3];
ry(pi*-0.037206698965) q[4];
ry(pi*0.000691758017) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
