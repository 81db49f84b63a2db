// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025124466664) q[0];
ry(pi*0.010029273094) q[1];
ry(pi*0.006711437556) q[2];
ry(pi*-0.001907389912) q[3];
ry(pi*0.003892333895) q[4];
ry(pi*1.0e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009130788982) q[0];
ry(pi*-0.000202458969) q[1];
ry(pi*-0.001941013475) q[2];
ry(pi*-0.000974399041) q[3];
ry(pi*5.0e-12) q[4];
ry(pi*3.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000123733961) q[0];
ry(pi*7.4057332e-05) q[1];
ry(pi*0.000124208724) q[2];
ry(pi*-1.0e-11) q[3];
ry(pi*0.005897442647) q[4];
ry(pi*-3.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012526744807) q[0];
ry(pi*-0.0146218081) q[1];
ry(pi*-1.4e-11) q[2];
ry(pi*2.0e-12) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.4995845e-05) q[0];
ry(pi*1.9e-11) q[1];
ry(pi*-0.002625045952) q[2];
ry(pi*0.000438321832) q[3];
ry(pi*-0.177003707267) q[4];
ry(pi*-0.004605204059) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
