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
rx(pi*0.097767877989) q[0];
rx(pi*0.000854620009) q[1];
rx(pi*-0.000301858343) q[2];
rx(pi*-0.000823951303) q[3];
rx(pi*0.003360528073) q[4];
rx(pi*-0.007164705985) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095224002492) q[0];
rx(pi*0.000143236009) q[1];
rx(pi*-0.004537033197) q[2];
rx(pi*0.001059375977) q[3];
rx(pi*-0.002073103375) q[4];
rx(pi*0.002745197695) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.094576955905) q[0];
rx(pi*0.002168181298) q[1];
rx(pi*0.003879710496) q[2];
rx(pi*0.001218901285) q[3];
rx(pi*-0.00278750544) q[4];
rx(pi*-0.004820233473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101248570849) q[0];
rx(pi*-0.000316050884) q[1];
rx(pi*-0.002191782803) q[2];
rx(pi*0.00045918737) q[3];
rx(pi*-0.000609284594) q[4];
rx(pi*0.002712451029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095086639799) q[0];
rx(pi*8.1978547e-05) q[1];
rx(pi*-0.00227457854) q[2];
rx(pi*0.001494679733) q[3];
rx(pi*-0.003290901647) q[4];
rx(pi*0.002119589423) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
