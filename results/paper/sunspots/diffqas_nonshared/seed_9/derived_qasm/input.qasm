// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038202656754) q[0];
rx(pi*-0.25372574234) q[1];
rx(pi*-0.118634162822) q[2];
rx(pi*-0.101099995262) q[3];
rx(pi*0.0091947473) q[4];
rx(pi*-0.004971306348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.244984618022) q[0];
rx(pi*-0.023627588018) q[1];
rx(pi*0.183244659812) q[2];
rx(pi*-0.094587447834) q[3];
rx(pi*0.001094809065) q[4];
rx(pi*-0.000215267834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.041097357329) q[0];
rx(pi*0.022323564982) q[1];
rx(pi*-0.113386035191) q[2];
rx(pi*-0.094614664241) q[3];
rx(pi*0.003842031508) q[4];
rx(pi*-0.001809919348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.122502848372) q[0];
rx(pi*0.00656745871) q[1];
rx(pi*0.194113027574) q[2];
rx(pi*-0.098073244363) q[3];
rx(pi*0.001028550079) q[4];
rx(pi*0.000592767928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.036426115065) q[0];
rx(pi*-0.260829822096) q[1];
rx(pi*-0.125034144938) q[2];
rx(pi*-0.094125945233) q[3];
rx(pi*0.001009147851) q[4];
rx(pi*0.006586777118) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
