// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
rz(pi*0.002056987804) q[0];
rz(pi*0.001552758723) q[1];
rz(pi*-0.000656581801) q[2];
rz(pi*0.000600410758) q[3];
rz(pi*0.008345262087) q[4];
rz(pi*-0.003586854277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000999303737) q[0];
rz(pi*-0.000757971498) q[1];
rz(pi*-0.002195324037) q[2];
rz(pi*-0.004271346546) q[3];
rz(pi*0.00507163246) q[4];
rz(pi*0.000700583161) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005595863115) q[0];
rz(pi*-0.002237096098) q[1];
rz(pi*0.001290429804) q[2];
rz(pi*0.001284125071) q[3];
rz(pi*-0.004584704301) q[4];
rz(pi*-0.000291019067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000830411005) q[0];
rz(pi*0.001249594077) q[1];
rz(pi*0.001256048665) q[2];
rz(pi*-0.005802835041) q[3];
rz(pi*0.005879128017) q[4];
rz(pi*0.000672058079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005748642945) q[0];
rz(pi*0.009113526746) q[1];
rz(pi*-0.000511071202) q[2];
rz(pi*-0.003927189204) q[3];
rz(pi*0.002750612339) q[4];
rz(pi*-0.00057561171) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
