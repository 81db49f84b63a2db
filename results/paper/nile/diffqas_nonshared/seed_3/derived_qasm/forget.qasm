// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.052659160047) q[0];
rx(pi*0.166309072956) q[1];
rx(pi*-0.058662284456) q[2];
rx(pi*-0.025867199933) q[3];
rx(pi*0.001162807912) q[4];
rx(pi*-0.000908972929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.146445497839) q[0];
rx(pi*0.145562724348) q[1];
rx(pi*-0.039772831867) q[2];
rx(pi*-0.030229376137) q[3];
rx(pi*0.006296639338) q[4];
rx(pi*0.001621969973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.125363047006) q[0];
rx(pi*0.141397295537) q[1];
rx(pi*-0.050833346132) q[2];
rx(pi*-0.029823131663) q[3];
rx(pi*5.3390817e-05) q[4];
rx(pi*0.002319650377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.118503450077) q[0];
rx(pi*0.15535129612) q[1];
rx(pi*-0.04064258531) q[2];
rx(pi*-0.035015994052) q[3];
rx(pi*0.00258660005) q[4];
rx(pi*-0.003415908338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.047143668456) q[0];
rx(pi*0.160106957626) q[1];
rx(pi*-0.059356018232) q[2];
rx(pi*-0.029474130341) q[3];
rx(pi*-0.003109339862) q[4];
rx(pi*-0.001798600177) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
