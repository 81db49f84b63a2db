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
ry(pi*0.500048773875) q[0];
ry(pi*-0.049429187304) q[1];
ry(pi*-0.053128000358) q[2];
ry(pi*0.469473659729) q[3];
ry(pi*-0.498197564937) q[4];
ry(pi*4.7950238e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.262381868748) q[0];
ry(pi*-0.062883953234) q[1];
ry(pi*0.504019959695) q[2];
ry(pi*-0.122964369946) q[3];
ry(pi*0.00907023805) q[4];
ry(pi*0.257039750125) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.498101373106) q[0];
ry(pi*2.9889269e-05) q[1];
ry(pi*-0.499945675964) q[2];
ry(pi*-0.499871151011) q[3];
ry(pi*0.093017443476) q[4];
ry(pi*-0.498629308784) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000580801275) q[0];
ry(pi*-0.001271901137) q[1];
ry(pi*0.076519387154) q[2];
ry(pi*0.489616950065) q[3];
ry(pi*-0.448815866421) q[4];
ry(pi*-0.346569907711) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.349465490519) q[0];
ry(pi*-0.001816929926) q[1];
ry(pi*1.002786669118) q[2];
ry(pi*-0.004401170537) q[3];
ry(pi*0.002688755845) q[4];
ry(pi*0.003706793466) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
