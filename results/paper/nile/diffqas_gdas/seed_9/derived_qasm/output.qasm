// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.064039986467) q[0];
rx(pi*-0.096810143172) q[1];
rx(pi*0.002805958512) q[2];
rx(pi*0.002904600199) q[3];
rx(pi*0.003189149022) q[4];
rx(pi*-0.000175944109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.134479110763) q[0];
rx(pi*-0.095235718164) q[1];
rx(pi*-0.004844015516) q[2];
rx(pi*0.00709610053) q[3];
rx(pi*-0.000406399183) q[4];
rx(pi*0.000737702674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081889964899) q[0];
rx(pi*-0.098143320207) q[1];
rx(pi*-0.003411776429) q[2];
rx(pi*0.005867257599) q[3];
rx(pi*0.001702844867) q[4];
rx(pi*0.000556774291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.12249924355) q[0];
rx(pi*-0.101306731807) q[1];
rx(pi*-0.001805024527) q[2];
rx(pi*0.006047857998) q[3];
rx(pi*0.002979625262) q[4];
rx(pi*-0.004965163328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.069452214136) q[0];
rx(pi*-0.108746591252) q[1];
rx(pi*0.003109662399) q[2];
rx(pi*-0.006003007608) q[3];
rx(pi*2.599322e-06) q[4];
rx(pi*0.002585911991) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
