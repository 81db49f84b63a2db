// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rx(pi*-0.017984510628) q[0];
rx(pi*-0.001845228076) q[1];
rx(pi*-0.005060341303) q[2];
rx(pi*0.00208818745) q[3];
rx(pi*0.003639574503) q[4];
rx(pi*-0.00144099249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026283020901) q[0];
rx(pi*-0.001959248212) q[1];
rx(pi*-0.001043167618) q[2];
rx(pi*-0.002745121804) q[3];
rx(pi*-0.006470045509) q[4];
rx(pi*0.004489616744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015722295057) q[0];
rx(pi*0.005409410809) q[1];
rx(pi*0.002842038749) q[2];
rx(pi*0.000883959288) q[3];
rx(pi*-0.002092695405) q[4];
rx(pi*0.004432147994) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.023500674566) q[0];
rx(pi*0.002237805205) q[1];
rx(pi*-0.001055902111) q[2];
rx(pi*0.000591806728) q[3];
rx(pi*-0.004846866171) q[4];
rx(pi*0.007458814405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015728282144) q[0];
rx(pi*-0.00384387809) q[1];
rx(pi*0.002793235802) q[2];
rx(pi*-0.002837326986) q[3];
rx(pi*0.002443371517) q[4];
rx(pi*-0.003728183164) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
