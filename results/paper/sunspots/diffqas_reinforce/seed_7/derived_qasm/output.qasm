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
ry(pi*-0.025124329111) q[0];
ry(pi*0.010029262421) q[1];
ry(pi*0.006711475502) q[2];
ry(pi*-0.001907362342) q[3];
ry(pi*0.003892341009) q[4];
ry(pi*4.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009130803804) q[0];
ry(pi*-0.000202452818) q[1];
ry(pi*-0.001941008732) q[2];
ry(pi*-0.000974438024) q[3];
ry(pi*-6.0e-12) q[4];
ry(pi*3.4e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000123732275) q[0];
ry(pi*7.4057823e-05) q[1];
ry(pi*0.000124208391) q[2];
ry(0) q[3];
ry(pi*0.005897423675) q[4];
ry(pi*-6.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.012526780381) q[0];
ry(pi*-0.014621840116) q[1];
ry(pi*-2.1e-11) q[2];
ry(pi*1.1e-11) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.4996762e-05) q[0];
ry(pi*-5.0e-12) q[1];
ry(pi*-0.002625001781) q[2];
ry(pi*0.000438313012) q[3];
ry(pi*-0.177002872467) q[4];
ry(pi*-0.004605208505) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
