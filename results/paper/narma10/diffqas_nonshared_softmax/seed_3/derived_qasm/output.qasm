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
rz(pi*-0.001898303152) q[0];
rz(pi*-0.001022551059) q[1];
rz(pi*0.000714984439) q[2];
rz(pi*0.001831393978) q[3];
rz(pi*-0.003975999265) q[4];
rz(pi*-0.005506803852) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-1.4052762e-05) q[0];
rz(pi*0.003862893526) q[1];
rz(pi*0.002409790643) q[2];
rz(pi*0.000686437791) q[3];
rz(pi*-0.001009537756) q[4];
rz(pi*0.000933391818) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000774559682) q[0];
rz(pi*0.002601249383) q[1];
rz(pi*-0.002528804317) q[2];
rz(pi*0.000427298999) q[3];
rz(pi*-0.000352624117) q[4];
rz(pi*0.001729566648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00071504662) q[0];
rz(pi*0.008117012225) q[1];
rz(pi*0.004770366274) q[2];
rz(pi*0.004764262385) q[3];
rz(pi*-0.006491942431) q[4];
rz(pi*-0.00108326148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001937267691) q[0];
rz(pi*0.001695705482) q[1];
rz(pi*-0.007254366448) q[2];
rz(pi*0.003738545545) q[3];
rz(pi*0.003396313343) q[4];
rz(pi*-0.004144620153) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
