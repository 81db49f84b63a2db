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
ry(pi*0.101534907558) q[0];
ry(pi*-0.000504959754) q[1];
ry(pi*0.018511592532) q[2];
ry(pi*0.033131587548) q[3];
ry(pi*-0.02656057797) q[4];
ry(pi*0.00090404535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.085492178208) q[0];
ry(pi*-0.030262938928) q[1];
ry(pi*-0.010090150712) q[2];
ry(pi*-0.003095509026) q[3];
ry(pi*0.004038791353) q[4];
ry(pi*0.001959359974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.091436150333) q[0];
ry(pi*0.011746149049) q[1];
ry(pi*0.007675472512) q[2];
ry(pi*-0.017157707928) q[3];
ry(pi*-0.001608915388) q[4];
ry(pi*-0.005720731661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.085751706424) q[0];
ry(pi*-0.018727149033) q[1];
ry(pi*-0.019919786625) q[2];
ry(pi*-0.00466813103) q[3];
ry(pi*0.001056525544) q[4];
ry(pi*0.003136639275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094620669115) q[0];
ry(pi*0.038989667673) q[1];
ry(pi*0.028970586502) q[2];
ry(pi*0.035301431926) q[3];
ry(pi*0.013972162246) q[4];
ry(pi*-0.004092207641) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
