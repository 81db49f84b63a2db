// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.003689650699) q[0];
rz(pi*0.002548332611) q[1];
rz(pi*-0.000405450842) q[2];
rz(pi*-0.00012542852) q[3];
rz(pi*0.000438377268) q[4];
rz(pi*-0.001737207181) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000594070451) q[0];
rz(pi*0.00097954488) q[1];
rz(pi*0.002551787133) q[2];
rz(pi*0.000398113354) q[3];
rz(pi*0.001014362985) q[4];
rz(pi*0.004227625628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002871395815) q[0];
rz(pi*0.000222971529) q[1];
rz(pi*0.001522082014) q[2];
rz(pi*0.003295510839) q[3];
rz(pi*-0.000202906403) q[4];
rz(pi*0.000316009604) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001098369939) q[0];
rz(pi*0.003947489747) q[1];
rz(pi*-0.001022538164) q[2];
rz(pi*0.00218111671) q[3];
rz(pi*-0.000324210871) q[4];
rz(pi*9.8329544e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003893001498) q[0];
rz(pi*0.000180546427) q[1];
rz(pi*-9.4336087e-05) q[2];
rz(pi*-0.004722537756) q[3];
rz(pi*-0.002356892695) q[4];
rz(pi*-0.00144452572) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
