// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.000525760222) q[0];
rz(pi*-0.003101280002) q[1];
rz(pi*0.002073045567) q[2];
rz(pi*0.000841373622) q[3];
rz(pi*0.001417589309) q[4];
rz(pi*-0.00105797644) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000627257937) q[0];
rz(pi*0.000809583152) q[1];
rz(pi*0.005648905581) q[2];
rz(pi*-0.00217712176) q[3];
rz(pi*-3.3435609e-05) q[4];
rz(pi*0.00115818249) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005490157044) q[0];
rz(pi*-0.005102409221) q[1];
rz(pi*0.006894020608) q[2];
rz(pi*-0.00562490802) q[3];
rz(pi*0.001830073742) q[4];
rz(pi*-0.002699983265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002429185534) q[0];
rz(pi*-0.006310574821) q[1];
rz(pi*-0.002867135841) q[2];
rz(pi*0.002496743931) q[3];
rz(pi*-0.004420501988) q[4];
rz(pi*0.001895289894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000997268391) q[0];
rz(pi*0.006424456368) q[1];
rz(pi*-0.001510483736) q[2];
rz(pi*0.004021572102) q[3];
rz(pi*0.002829357839) q[4];
rz(pi*-0.000912494671) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
