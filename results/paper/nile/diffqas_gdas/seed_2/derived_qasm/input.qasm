// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.063826215776) q[0];
ry(pi*-0.218002619752) q[1];
ry(pi*-0.186088010646) q[2];
ry(pi*0.024765701491) q[3];
ry(pi*-0.040143625762) q[4];
ry(pi*7.83082e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.063118366275) q[0];
ry(pi*-0.00402116063) q[1];
ry(pi*-0.029300325743) q[2];
ry(pi*0.115472098286) q[3];
ry(pi*0.006606531305) q[4];
ry(pi*-1.131403e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.090402571957) q[0];
ry(pi*-0.212119891656) q[1];
ry(pi*-0.02313889747) q[2];
ry(pi*0.017365297061) q[3];
ry(pi*-0.265222829015) q[4];
ry(pi*-1.0204197e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.020121618715) q[0];
ry(pi*-0.067396597558) q[1];
ry(pi*-0.265263582477) q[2];
ry(pi*0.166139532483) q[3];
ry(pi*0.141125567845) q[4];
ry(pi*-9.842749e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.237870862165) q[0];
ry(pi*-0.104240184219) q[1];
ry(pi*-0.052141521828) q[2];
ry(pi*0.029852925992) q[3];
ry(pi*-0.144243795846) q[4];
ry(pi*-0.000299765467) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
