// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.024268198101) q[0];
rx(pi*-0.001118223511) q[1];
rx(pi*0.096731368324) q[2];
rx(pi*-0.002538387926) q[3];
rx(pi*-0.004056190548) q[4];
rx(pi*0.000331320945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.150097495638) q[0];
rx(pi*0.252429827781) q[1];
rx(pi*0.102721766762) q[2];
rx(pi*-0.002145541029) q[3];
rx(pi*-0.001298161643) q[4];
rx(pi*0.004276179261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000847528055) q[0];
rx(pi*-0.002459767528) q[1];
rx(pi*0.098740421036) q[2];
rx(pi*0.000354021393) q[3];
rx(pi*-0.000234128357) q[4];
rx(pi*0.001470120401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.367445204599) q[0];
rx(pi*0.249562495395) q[1];
rx(pi*0.101277229185) q[2];
rx(pi*-0.005232663656) q[3];
rx(pi*0.000637535386) q[4];
rx(pi*-0.000989548261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021214081385) q[0];
rx(pi*0.003479220397) q[1];
rx(pi*0.100553323997) q[2];
rx(pi*0.001050278619) q[3];
rx(pi*0.000289551181) q[4];
rx(pi*0.002633152947) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
