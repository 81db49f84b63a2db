// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.089622222844) q[0];
rx(pi*0.052035468912) q[1];
rx(pi*0.001766600414) q[2];
rx(pi*-0.005769609609) q[3];
rx(pi*0.01173100761) q[4];
rx(pi*-0.000745855397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.12944519494) q[0];
rx(pi*0.051304600725) q[1];
rx(pi*-0.004558914112) q[2];
rx(pi*-0.007009839153) q[3];
rx(pi*-0.000891701651) q[4];
rx(pi*-0.002300037596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.067065162628) q[0];
rx(pi*0.049326682292) q[1];
rx(pi*0.007995500669) q[2];
rx(pi*0.004347554145) q[3];
rx(pi*-0.005339058081) q[4];
rx(pi*0.001502987425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.132199051323) q[0];
rx(pi*0.052326188325) q[1];
rx(pi*-0.001010113089) q[2];
rx(pi*0.001473410987) q[3];
rx(pi*0.002139557202) q[4];
rx(pi*-0.003920630859) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.082737411134) q[0];
rx(pi*0.05172796336) q[1];
rx(pi*0.005977923264) q[2];
rx(pi*-0.005603453993) q[3];
rx(pi*-0.006926219732) q[4];
rx(pi*0.000252956771) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
