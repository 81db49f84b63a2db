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
ry(pi*0.012630594513) q[0];
ry(pi*0.020002315706) q[1];
ry(pi*-0.102427897873) q[2];
ry(pi*0.055064230922) q[3];
ry(pi*0.12393399119) q[4];
ry(pi*0.001261663561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002222548744) q[0];
ry(pi*0.007007169332) q[1];
ry(pi*0.006919991335) q[2];
ry(pi*-0.00125712196) q[3];
ry(pi*-0.002978169696) q[4];
ry(pi*0.00376164279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019850866933) q[0];
ry(pi*0.006355005439) q[1];
ry(pi*0.015277762392) q[2];
ry(pi*-0.014586487958) q[3];
ry(pi*-0.034968123438) q[4];
ry(pi*-0.000493576105) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.013854929638) q[0];
ry(pi*0.003926398574) q[1];
ry(pi*0.010380123073) q[2];
ry(pi*-0.007748529448) q[3];
ry(pi*0.005166742251) q[4];
ry(pi*-0.000266455585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.047567472207) q[0];
ry(pi*0.031431287845) q[1];
ry(pi*-0.101298696849) q[2];
ry(pi*0.066276512938) q[3];
ry(pi*-0.051878474168) q[4];
ry(pi*-0.000158918069) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
