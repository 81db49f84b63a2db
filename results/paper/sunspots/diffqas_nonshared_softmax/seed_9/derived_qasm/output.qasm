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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.183290801535) q[0];
ry(pi*-0.430908931801) q[1];
ry(pi*-0.436196181237) q[2];
ry(pi*0.133910943374) q[3];
ry(pi*-0.197306216902) q[4];
ry(pi*0.001090167857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00406455249) q[0];
ry(pi*-0.11080091294) q[1];
ry(pi*0.094727134689) q[2];
ry(pi*-0.207981480038) q[3];
ry(pi*-0.112498831563) q[4];
ry(pi*-0.002702927599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019044749272) q[0];
ry(pi*-0.024479530795) q[1];
ry(pi*-0.052221904617) q[2];
ry(pi*-0.500847374771) q[3];
ry(pi*-0.121271118619) q[4];
ry(pi*0.030162981006) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.053556035033) q[0];
ry(pi*-0.048085764985) q[1];
ry(pi*-0.002142091991) q[2];
ry(pi*0.014517490004) q[3];
ry(pi*-0.152383142553) q[4];
ry(pi*-0.050433225112) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009389835764) q[0];
ry(pi*0.018146937507) q[1];
ry(pi*-0.086397434405) q[2];
ry(pi*0.038379281177) q[3];
ry(pi*-0.071478996881) q[4];
ry(pi*0.00288747344) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
