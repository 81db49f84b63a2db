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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.088887436785) q[0];
ry(pi*0.00315844667) q[1];
ry(pi*0.001859689904) q[2];
ry(pi*0.500098748093) q[3];
ry(pi*-0.431328836653) q[4];
ry(pi*0.000319491103) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004849798054) q[0];
ry(pi*-0.002180410123) q[1];
ry(pi*0.000634766773) q[2];
ry(pi*0.009118217165) q[3];
ry(pi*7.005524e-06) q[4];
ry(pi*-0.019604391968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.471001421264) q[0];
ry(pi*-0.03895352696) q[1];
ry(pi*-0.499277645518) q[2];
ry(pi*0.062955494723) q[3];
ry(pi*-0.502647964418) q[4];
ry(pi*0.499039233971) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.419768e-06) q[0];
ry(pi*-0.000730800374) q[1];
ry(pi*0.008995353801) q[2];
ry(pi*-7.752042e-06) q[3];
ry(pi*0.038894822907) q[4];
ry(pi*-0.020335671626) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.051738711422) q[0];
ry(pi*-0.499830890841) q[1];
ry(pi*-0.429173494569) q[2];
ry(pi*-0.173433282797) q[3];
ry(pi*0.000521899638) q[4];
ry(pi*-0.0055146894) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
