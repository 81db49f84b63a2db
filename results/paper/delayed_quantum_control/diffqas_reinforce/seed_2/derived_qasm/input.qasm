// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.316916735344) q[0];
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
ry(pi*0.068103650203) q[0];
ry(pi*0.213144249277) q[1];
ry(pi*-0.085118813506) q[2];
ry(pi*0.000158442472) q[3];
ry(pi*9.599e-09) q[4];
ry(pi*-1.4562e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.029300747886) q[0];
ry(pi*0.021769947319) q[1];
ry(pi*0.017907035413) q[2];
ry(pi*2.0994584e-05) q[3];
ry(pi*1.946e-09) q[4];
ry(pi*-6.64e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027533365291) q[0];
ry(pi*-0.221565796633) q[1];
ry(pi*-0.163998382014) q[2];
ry(pi*-0.00016176626) q[3];
ry(pi*-2.376e-09) q[4];
ry(pi*-7.8e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.372969423654) q[0];
ry(pi*0.000461716304) q[1];
ry(pi*0.001145214987) q[2];
ry(pi*4.4675198e-05) q[3];
ry(pi*7.478e-09) q[4];
ry(pi*1.878e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.165245195102) q[0];
ry(pi*-0.491090032141) q[1];
ry(pi*-0.332210914856) q[2];
ry(pi*0.496650944491) q[3];
ry(pi*-0.500000013914) q[4];
ry(pi*-0.000299708845) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
