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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.0020848438) q[0];
rx(pi*0.000991247137) q[1];
rx(pi*-0.000330192696) q[2];
rx(pi*0.002929664977) q[3];
rx(pi*0.002866320012) q[4];
rx(pi*-0.001384368325) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001104521482) q[0];
rx(pi*0.007081792113) q[1];
rx(pi*0.003230289943) q[2];
rx(pi*0.000963183034) q[3];
rx(pi*0.005698387693) q[4];
rx(pi*-0.002156051338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0048611485) q[0];
rx(pi*0.001705649721) q[1];
rx(pi*-0.001131454631) q[2];
rx(pi*-0.005166892847) q[3];
rx(pi*-0.002358554589) q[4];
rx(pi*0.000344478916) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001671455049) q[0];
rx(pi*-0.001277607487) q[1];
rx(pi*0.002282269914) q[2];
rx(pi*0.001712977352) q[3];
rx(pi*0.003692530703) q[4];
rx(pi*-0.004673463262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007533475725) q[0];
rx(pi*-0.008489569992) q[1];
rx(pi*-0.002421655132) q[2];
rx(pi*-0.003899639885) q[3];
rx(pi*0.001984090506) q[4];
rx(pi*0.000844884988) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
