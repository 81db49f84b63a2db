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
rx(pi*0.099339637326) q[0];
rx(pi*0.00048123726) q[1];
rx(pi*-0.0003018969) q[2];
rx(pi*-0.000823971239) q[3];
rx(pi*0.003360521848) q[4];
rx(pi*-0.007164685827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096836145323) q[0];
rx(pi*-0.000230102225) q[1];
rx(pi*-0.004537065214) q[2];
rx(pi*0.001059369084) q[3];
rx(pi*-0.002073092999) q[4];
rx(pi*0.002745260838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096148278869) q[0];
rx(pi*0.001794859136) q[1];
rx(pi*0.003879684112) q[2];
rx(pi*0.00121889002) q[3];
rx(pi*-0.002787522337) q[4];
rx(pi*-0.00482021539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102860846489) q[0];
rx(pi*-0.00068936834) q[1];
rx(pi*-0.002191768277) q[2];
rx(pi*0.000459192706) q[3];
rx(pi*-0.000609290227) q[4];
rx(pi*0.00271245755) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096658370677) q[0];
rx(pi*-0.000291354592) q[1];
rx(pi*-0.002274578392) q[2];
rx(pi*0.001494680623) q[3];
rx(pi*-0.003290898979) q[4];
rx(pi*0.002119590609) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
