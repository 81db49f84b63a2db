// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.948e-09) q[0];
rx(pi*-0.003424230556) q[1];
rx(pi*-0.001474739524) q[2];
rx(pi*-7.0e-12) q[3];
rx(pi*-0.002387749646) q[4];
rx(pi*0.004127713064) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003943805477) q[0];
rx(pi*-4.0e-12) q[1];
rx(pi*0.005093100124) q[2];
rx(pi*0.003216209496) q[3];
rx(pi*2.0e-12) q[4];
rx(pi*0.00033540431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003526248206) q[0];
rx(pi*-0.004690665615) q[1];
rx(pi*-4.0e-12) q[2];
rx(pi*-0.002789025335) q[3];
rx(pi*-6.46e-10) q[4];
rx(pi*0.005582219931) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*4.883e-09) q[0];
rx(pi*0.004407645284) q[1];
rx(pi*0.003499155715) q[2];
rx(pi*0.003084662543) q[3];
rx(pi*0.001686580331) q[4];
rx(pi*0.003936093944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003839365541) q[0];
rx(pi*-3.0e-12) q[1];
rx(pi*-0.00143643577) q[2];
rx(pi*0.000486105364) q[3];
rx(pi*0.003350621038) q[4];
rx(pi*-0.002767402331) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
