// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.016515880032) q[0];
ry(pi*-0.046295392163) q[1];
ry(pi*0.005708486531) q[2];
ry(pi*0.025787346009) q[3];
ry(pi*-0.003229386959) q[4];
ry(pi*-0.002916383461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023880508975) q[0];
ry(pi*0.037505031193) q[1];
ry(pi*0.004272793218) q[2];
ry(pi*0.003559553382) q[3];
ry(pi*-0.000457406711) q[4];
ry(pi*-0.017850365001) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007197412038) q[0];
ry(pi*-0.008236649629) q[1];
ry(pi*-0.014533973764) q[2];
ry(pi*0.000208886006) q[3];
ry(pi*-0.017281525266) q[4];
ry(pi*0.021359652164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036491156016) q[0];
ry(pi*0.011063798921) q[1];
ry(pi*0.052427379475) q[2];
ry(pi*0.018321325517) q[3];
ry(pi*0.008104522821) q[4];
ry(pi*0.028537500334) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.14750355106) q[0];
ry(pi*-0.008662928138) q[1];
ry(pi*0.089997484821) q[2];
ry(pi*0.092960212183) q[3];
ry(pi*-0.102417643103) q[4];
ry(pi*0.004941651944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
