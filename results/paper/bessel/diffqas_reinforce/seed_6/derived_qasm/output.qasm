// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
ry(pi*0.03142525214) q[0];
ry(pi*-0.000994434485) q[1];
ry(pi*0.005051329248) q[2];
ry(pi*-0.074440509987) q[3];
ry(pi*-0.005085564385) q[4];
ry(pi*-0.001673684199) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.073134098756) q[0];
ry(pi*0.018139692289) q[1];
ry(pi*-0.003261601499) q[2];
ry(pi*0.000734946216) q[3];
ry(pi*-0.00196486874) q[4];
ry(pi*0.001021541724) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001466762076) q[0];
ry(pi*-0.003839540149) q[1];
ry(pi*0.00481851555) q[2];
ry(pi*0.002114709721) q[3];
ry(pi*-0.016644412097) q[4];
ry(pi*-0.004579155662) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.114479159536) q[0];
ry(pi*0.005968214554) q[1];
ry(pi*-0.005124568204) q[2];
ry(pi*-0.003268137907) q[3];
ry(pi*-0.000175315581) q[4];
ry(pi*0.000689381606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007320071444) q[0];
ry(pi*0.000908271678) q[1];
ry(pi*0.000391833819) q[2];
ry(pi*0.004293586757) q[3];
ry(pi*0.108697527726) q[4];
ry(pi*0.00315188536) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
