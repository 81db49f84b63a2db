// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.012880344649) q[0];
ry(pi*0.029688875757) q[1];
ry(pi*-0.011204518605) q[2];
ry(pi*-0.003072263556) q[3];
ry(pi*-0.136772213968) q[4];
ry(pi*-0.511398537165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00380752423) q[0];
ry(pi*-0.00067614137) q[1];
ry(pi*-0.451622049641) q[2];
ry(pi*-0.009650653533) q[3];
ry(pi*0.054890677712) q[4];
ry(pi*0.068267394502) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.490538646148) q[0];
ry(pi*-0.34485477132) q[1];
ry(pi*-0.294049718298) q[2];
ry(pi*-0.019340316222) q[3];
ry(pi*-0.49250699283) q[4];
ry(pi*-0.027564641865) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.225055852544) q[0];
ry(pi*-0.454397572901) q[1];
ry(pi*0.00845150236) q[2];
ry(pi*0.005581212003) q[3];
ry(pi*-0.007832453026) q[4];
ry(pi*0.402975279479) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014185187071) q[0];
ry(pi*-0.146656854248) q[1];
ry(pi*-0.204133028923) q[2];
ry(pi*-0.493468152229) q[3];
ry(pi*-0.119414265289) q[4];
ry(pi*-0.005427542234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
