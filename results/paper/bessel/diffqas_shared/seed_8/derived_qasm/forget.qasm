// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.047272260996) q[0];
ry(pi*0.019349442114) q[1];
ry(pi*0.086896095133) q[2];
ry(pi*0.232847846186) q[3];
ry(pi*0.002098667522) q[4];
ry(pi*-0.549621603852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.210730156861) q[0];
ry(pi*-0.295924434471) q[1];
ry(pi*0.107631638761) q[2];
ry(pi*0.245507355167) q[3];
ry(pi*-0.002936904859) q[4];
ry(pi*0.00731240349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033414096505) q[0];
ry(pi*-0.234021955704) q[1];
ry(pi*0.256990477899) q[2];
ry(pi*0.21167185022) q[3];
ry(pi*0.01013463469) q[4];
ry(pi*0.291377122194) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.040186983233) q[0];
ry(pi*0.339884670334) q[1];
ry(pi*0.166879393752) q[2];
ry(pi*-0.162547972371) q[3];
ry(pi*-0.087214230166) q[4];
ry(pi*0.02498143349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.017498868763) q[0];
ry(pi*-0.31004992972) q[1];
ry(pi*-0.298838382898) q[2];
ry(pi*-0.031581106148) q[3];
ry(pi*0.086531220735) q[4];
ry(pi*0.004941649572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
