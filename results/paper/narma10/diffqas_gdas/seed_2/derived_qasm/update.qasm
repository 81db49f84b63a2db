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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.1353411e-05) q[0];
ry(pi*0.000125645688) q[1];
ry(pi*0.001096387435) q[2];
ry(pi*-0.000262120145) q[3];
ry(pi*-0.00020762693) q[4];
ry(pi*-0.000718682495) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-7.8298084e-05) q[0];
ry(pi*0.001429647528) q[1];
ry(pi*-0.374384866523) q[2];
ry(pi*-0.011865389211) q[3];
ry(pi*0.000414050129) q[4];
ry(pi*0.004057733566) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001608014924) q[0];
ry(pi*-0.000466351324) q[1];
ry(pi*7.7974176e-05) q[2];
ry(pi*-0.000120599622) q[3];
ry(pi*-0.299801762108) q[4];
ry(pi*-0.008401957401) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000209678322) q[0];
ry(pi*0.46695639351) q[1];
ry(pi*0.000194513093) q[2];
ry(pi*0.044080836134) q[3];
ry(pi*-0.086755488099) q[4];
ry(pi*-0.073296092819) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000229286175) q[0];
ry(pi*-0.000847274591) q[1];
ry(pi*0.05542044426) q[2];
ry(pi*-0.008773837485) q[3];
ry(pi*0.03056269174) q[4];
ry(pi*0.000158092366) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
