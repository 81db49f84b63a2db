// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rx(pi*2.6e-11) q[0];
rx(pi*-9.31e-10) q[1];
rx(pi*-0.002366029111) q[2];
rx(pi*-0.001385220616) q[3];
rx(pi*-0.0048328379) q[4];
rx(pi*-0.001261089339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.83e-10) q[0];
rx(pi*1.76002e-07) q[1];
rx(pi*1.4e-11) q[2];
rx(pi*3.4232e-08) q[3];
rx(pi*0.00069269902) q[4];
rx(pi*0.002281001111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.08e-10) q[0];
rx(pi*-1.899e-09) q[1];
rx(pi*-2.628e-09) q[2];
rx(pi*1.323555e-05) q[3];
rx(pi*-0.001358310738) q[4];
rx(pi*-0.00632933709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-5.08e-10) q[0];
rx(pi*-1.5e-11) q[1];
rx(pi*-2.0074e-08) q[2];
rx(pi*5.2424e-08) q[3];
rx(pi*-0.000683232657) q[4];
rx(pi*-0.00349810421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*9.448e-09) q[1];
rx(pi*0.002366032964) q[2];
rx(pi*0.001392193249) q[3];
rx(pi*0.006243260698) q[4];
rx(pi*0.00204329867) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
