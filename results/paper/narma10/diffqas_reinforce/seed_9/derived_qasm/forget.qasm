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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004888762742) q[0];
rx(pi*0.000543130032) q[1];
rx(pi*-0.000858971364) q[2];
rx(pi*-0.002735307261) q[3];
rx(pi*-0.002177045128) q[4];
rx(pi*-0.001145801215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002446568869) q[0];
rx(pi*-0.002775726624) q[1];
rx(pi*0.00279991421) q[2];
rx(pi*0.001853019057) q[3];
rx(pi*0.002920286807) q[4];
rx(pi*0.001927776574) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002455789921) q[0];
rx(pi*0.001861494539) q[1];
rx(pi*0.001235973349) q[2];
rx(pi*-0.002868915129) q[3];
rx(pi*0.001613040627) q[4];
rx(pi*-0.010483837598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005719165224) q[0];
rx(pi*-0.004518952762) q[1];
rx(pi*-0.000451964979) q[2];
rx(pi*0.002279734532) q[3];
rx(pi*-0.002123882896) q[4];
rx(pi*-0.000980479436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002661495268) q[0];
rx(pi*0.00044023756) q[1];
rx(pi*-0.002751128457) q[2];
rx(pi*-0.001448998693) q[3];
rx(pi*-0.000252484287) q[4];
rx(pi*0.003320958629) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
