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
ry(pi*-0.234735976091) q[0];
ry(pi*0.242553108623) q[1];
ry(pi*0.005851037085) q[2];
ry(pi*0.215366641051) q[3];
ry(pi*0.019610924522) q[4];
ry(pi*-3.0433e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.183631305438) q[0];
ry(pi*0.23547183411) q[1];
ry(pi*-0.01370794539) q[2];
ry(pi*-0.003994986835) q[3];
ry(pi*-0.000181674064) q[4];
ry(pi*1.0717e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.1404589983) q[0];
ry(pi*-0.000296753228) q[1];
ry(pi*0.000421826473) q[2];
ry(pi*-0.303491714888) q[3];
ry(pi*0.002524840495) q[4];
ry(pi*1.87e-10) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007968270033) q[0];
ry(pi*0.091555669157) q[1];
ry(pi*-0.065454874383) q[2];
ry(pi*0.064097725282) q[3];
ry(pi*-0.060268498303) q[4];
ry(pi*-8.608e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.080697034415) q[0];
ry(pi*0.086574260413) q[1];
ry(pi*0.470880223352) q[2];
ry(pi*0.068096668232) q[3];
ry(pi*0.42024461594) q[4];
ry(pi*-0.005428091257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
