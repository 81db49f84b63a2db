// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.016383088585) q[0];
ry(pi*0.267391983259) q[1];
ry(pi*0.017706335759) q[2];
ry(pi*0.002561013817) q[3];
ry(pi*-0.007582237465) q[4];
ry(pi*-0.007870051083) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013811433428) q[0];
ry(pi*-0.423450213445) q[1];
ry(pi*-0.048570110775) q[2];
ry(pi*-0.50347498649) q[3];
ry(pi*-0.072238585065) q[4];
ry(pi*-0.013329906277) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.226423294361) q[0];
ry(pi*-0.477290887125) q[1];
ry(pi*0.006485936964) q[2];
ry(pi*0.001467322662) q[3];
ry(pi*0.32615659723) q[4];
ry(pi*-0.002016815531) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.111624700159) q[0];
ry(pi*-0.005208606804) q[1];
ry(pi*-0.142018339974) q[2];
ry(pi*-0.005002834905) q[3];
ry(pi*-0.009823882428) q[4];
ry(pi*-0.457299302879) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032903864773) q[0];
ry(pi*0.000472632415) q[1];
ry(pi*0.003731484422) q[2];
ry(pi*-0.061075034551) q[3];
ry(pi*0.278746755354) q[4];
ry(pi*-0.004626655714) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
