// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.037350303693) q[0];
ry(pi*-0.025865456811) q[1];
ry(pi*-0.49388384513) q[2];
ry(pi*-0.489890612978) q[3];
ry(pi*-0.026187851227) q[4];
ry(pi*-0.187270980437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.492231925934) q[0];
ry(pi*0.43392757185) q[1];
ry(pi*-0.061431802842) q[2];
ry(pi*-0.004895354289) q[3];
ry(pi*0.030235383383) q[4];
ry(pi*0.015430318699) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003273214303) q[0];
ry(pi*0.000692688496) q[1];
ry(pi*-0.501889699584) q[2];
ry(pi*0.499158800226) q[3];
ry(pi*0.506835401617) q[4];
ry(pi*-0.320228372485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*3.6545023e-05) q[0];
ry(pi*0.002571896763) q[1];
ry(pi*-0.502392743017) q[2];
ry(pi*-0.006465783162) q[3];
ry(pi*-0.496539953917) q[4];
ry(pi*-0.243114815791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.18679973533) q[0];
ry(pi*-0.502965909724) q[1];
ry(pi*-0.015351477446) q[2];
ry(pi*-0.002645702234) q[3];
ry(pi*-0.023231275778) q[4];
ry(pi*-0.002097296148) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
