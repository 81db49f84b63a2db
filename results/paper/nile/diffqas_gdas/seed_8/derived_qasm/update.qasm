// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0008087276) q[0];
rx(pi*0.024403898307) q[1];
rx(pi*0.020189346681) q[2];
rx(pi*-0.000152055493) q[3];
rx(pi*0.000805202523) q[4];
rx(pi*-0.001097107807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.396065822169) q[0];
rx(pi*0.029993879278) q[1];
rx(pi*-0.003563857232) q[2];
rx(pi*-0.002368484747) q[3];
rx(pi*0.028850586245) q[4];
rx(pi*-0.001761012792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000102324864) q[0];
rx(pi*-7.7555433e-05) q[1];
rx(pi*0.243799143828) q[2];
rx(pi*2.9698518e-05) q[3];
rx(pi*0.0001976428) q[4];
rx(pi*0.001761677579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004291717052) q[0];
rx(pi*0.45212638322) q[1];
rx(pi*-0.022628272053) q[2];
rx(pi*0.194730932021) q[3];
rx(pi*0.028497584044) q[4];
rx(pi*-0.001516478679) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.6012e-08) q[0];
rx(pi*-0.517433730261) q[1];
rx(pi*0.016864382134) q[2];
rx(pi*-0.001971242398) q[3];
rx(pi*-0.003633817757) q[4];
rx(pi*-0.00154879253) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
