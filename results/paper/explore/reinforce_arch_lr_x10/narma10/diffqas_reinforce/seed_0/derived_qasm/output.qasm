// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rz(pi*-0.003027987685) q[0];
rz(pi*-0.001607896344) q[1];
rz(pi*-0.003331093337) q[2];
rz(pi*0.002199099613) q[3];
rz(pi*-0.001372035446) q[4];
rz(pi*1.6886155e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001759138047) q[0];
rz(pi*-3.264645e-05) q[1];
rz(pi*-0.000451659933) q[2];
rz(pi*0.002393975079) q[3];
rz(pi*0.001192590605) q[4];
rz(pi*0.000368919854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001224945291) q[0];
rz(pi*0.000519177086) q[1];
rz(pi*-0.002289127376) q[2];
rz(pi*0.004760814088) q[3];
rz(pi*0.00090327525) q[4];
rz(pi*0.001433381009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00204138687) q[0];
rz(pi*-0.000710422309) q[1];
rz(pi*0.002197205896) q[2];
rz(pi*-0.006204411626) q[3];
rz(pi*-0.000861227713) q[4];
rz(pi*-0.002042865558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003609599044) q[0];
rz(pi*0.002165817708) q[1];
rz(pi*-0.002444411016) q[2];
rz(pi*-0.003308559049) q[3];
rz(pi*0.003186737408) q[4];
rz(pi*-0.005980753761) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
