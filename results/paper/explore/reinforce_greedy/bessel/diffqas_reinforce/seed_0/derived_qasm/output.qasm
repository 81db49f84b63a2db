// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.43281235374) q[0];
ry(pi*0.466654081748) q[1];
ry(pi*-0.011344969113) q[2];
ry(pi*0.001854115919) q[3];
ry(pi*0.001991565472) q[4];
ry(pi*0.415575195059) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.314746197039) q[0];
ry(pi*-0.430543744353) q[1];
ry(pi*-0.49024430294) q[2];
ry(pi*0.417881294596) q[3];
ry(pi*-0.015360765792) q[4];
ry(pi*-0.011638704007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.407152205775) q[0];
ry(pi*0.502237773613) q[1];
ry(pi*-0.005513954799) q[2];
ry(pi*-0.238379540503) q[3];
ry(pi*-0.240701273584) q[4];
ry(pi*-0.290040719792) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000666775355) q[0];
ry(pi*0.015825392968) q[1];
ry(pi*-0.016052782534) q[2];
ry(pi*-0.001260405579) q[3];
ry(pi*0.491020060648) q[4];
ry(pi*-0.009377981354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001090094041) q[0];
ry(pi*-0.273413572895) q[1];
ry(pi*-0.077624611369) q[2];
ry(pi*0.024088310366) q[3];
ry(pi*0.011292743068) q[4];
ry(pi*0.002712396778) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
