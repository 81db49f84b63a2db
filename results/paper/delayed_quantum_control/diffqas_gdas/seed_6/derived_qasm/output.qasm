// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.316916735344) q[0];
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
rx(pi*0.108896959764) q[0];
rx(pi*-0.196830076826) q[1];
rx(pi*0.156216946707) q[2];
rx(pi*0.289665704461) q[3];
rx(pi*0.125559443403) q[4];
rx(pi*-0.020940219259) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002621001199) q[0];
rx(pi*0.264675844699) q[1];
rx(pi*-0.259622737942) q[2];
rx(pi*-0.107882885372) q[3];
rx(pi*-0.078113486902) q[4];
rx(pi*-0.050561642155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.009564394529) q[0];
rx(pi*0.054864538009) q[1];
rx(pi*-0.242172116877) q[2];
rx(pi*0.000917736782) q[3];
rx(pi*0.068158268) q[4];
rx(pi*-0.010391883805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002790214392) q[0];
rx(pi*0.05982843965) q[1];
rx(pi*-0.002711051196) q[2];
rx(pi*0.178411674874) q[3];
rx(pi*0.074028820335) q[4];
rx(pi*-0.065768527105) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.029265453832) q[0];
rx(pi*0.028613882245) q[1];
rx(pi*-0.029269597006) q[2];
rx(pi*0.039945441183) q[3];
rx(pi*-0.116671764096) q[4];
rx(pi*0.004540124273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
