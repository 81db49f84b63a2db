// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rx(pi*-0.310532463612) q[0];
rx(pi*-0.017340123783) q[1];
rx(pi*0.007938868203) q[2];
rx(pi*0.103872824392) q[3];
rx(pi*-0.25067947797) q[4];
rx(pi*-0.21765225002) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.018635964822) q[0];
rx(pi*0.084118304629) q[1];
rx(pi*0.005923431754) q[2];
rx(pi*-0.066233677217) q[3];
rx(pi*0.215907686897) q[4];
rx(pi*-0.050934983141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002106291009) q[0];
rx(pi*-0.017830066533) q[1];
rx(pi*0.018895567743) q[2];
rx(pi*0.106350399623) q[3];
rx(pi*-0.011316980753) q[4];
rx(pi*0.090308675829) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.045543468969) q[0];
rx(pi*0.299133959334) q[1];
rx(pi*0.034785524971) q[2];
rx(pi*-0.013574013207) q[3];
rx(pi*0.022654309778) q[4];
rx(pi*0.00044282923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.056941555847) q[0];
rx(pi*-0.011288956819) q[1];
rx(pi*0.251090579467) q[2];
rx(pi*-0.247553205523) q[3];
rx(pi*-0.038234464566) q[4];
rx(pi*-0.000685900477) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
