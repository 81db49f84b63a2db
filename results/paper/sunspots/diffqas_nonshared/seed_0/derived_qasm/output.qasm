// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.499949812023) q[0];
ry(pi*0.252998497948) q[1];
ry(pi*-0.086085228355) q[2];
ry(pi*0.586541470446) q[3];
ry(pi*-0.013026224921) q[4];
ry(pi*-0.001657905246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138670484807) q[0];
ry(pi*0.254923909302) q[1];
ry(pi*0.210661817023) q[2];
ry(pi*0.110453161448) q[3];
ry(pi*-3.5469552e-05) q[4];
ry(pi*-0.082313104604) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047723935714) q[0];
ry(pi*0.014545344369) q[1];
ry(pi*0.010131309716) q[2];
ry(pi*0.013323846856) q[3];
ry(pi*-0.312085269175) q[4];
ry(pi*0.14032856066) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000205488939) q[0];
ry(pi*-0.501593497047) q[1];
ry(pi*0.003835682456) q[2];
ry(pi*0.493459842165) q[3];
ry(pi*0.476180146584) q[4];
ry(pi*0.004959667754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002858914712) q[0];
ry(pi*-0.049174805446) q[1];
ry(pi*-0.378857919465) q[2];
ry(pi*0.007030948114) q[3];
ry(pi*-0.310928937121) q[4];
ry(pi*0.00271499397) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
