// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.067112475918) q[0];
ry(pi*0.018493885029) q[1];
ry(pi*-0.018468325181) q[2];
ry(pi*0.104210605706) q[3];
ry(pi*0.020989259068) q[4];
ry(pi*-0.038858848206) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.010451717922) q[0];
ry(pi*-0.493463181369) q[1];
ry(pi*0.551181846732) q[2];
ry(pi*-0.081075844295) q[3];
ry(pi*0.004500216284) q[4];
ry(pi*0.028654196962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026063987643) q[0];
ry(pi*0.155176927083) q[1];
ry(pi*-0.269936114888) q[2];
ry(pi*0.134324425951) q[3];
ry(pi*-0.510005140628) q[4];
ry(pi*-0.164183024795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078281794147) q[0];
ry(pi*-0.125844167428) q[1];
ry(pi*-0.150970042818) q[2];
ry(pi*0.042677165855) q[3];
ry(pi*0.021977378741) q[4];
ry(pi*0.157469062677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006116066805) q[0];
ry(pi*-0.00557871353) q[1];
ry(pi*0.047811983493) q[2];
ry(pi*0.349310445225) q[3];
ry(pi*0.008438610971) q[4];
ry(pi*-0.001864479041) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
