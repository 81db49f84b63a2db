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
ry(pi*0.087315800771) q[0];
ry(pi*0.028661890411) q[1];
ry(pi*0.043293803871) q[2];
ry(pi*0.040657445715) q[3];
ry(pi*-0.057239356838) q[4];
ry(pi*0.002852192134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081898246503) q[0];
ry(pi*0.00849010953) q[1];
ry(pi*-0.022072185561) q[2];
ry(pi*-0.00085155302) q[3];
ry(pi*0.000791938571) q[4];
ry(pi*-0.003748526396) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.085576455153) q[0];
ry(pi*0.029170699187) q[1];
ry(pi*0.022711199562) q[2];
ry(pi*-0.026315803437) q[3];
ry(pi*0.004160609436) q[4];
ry(pi*-0.004524473831) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.085318653457) q[0];
ry(pi*0.006250679635) q[1];
ry(pi*-0.017591404782) q[2];
ry(pi*-0.007950840007) q[3];
ry(pi*-0.007251423893) q[4];
ry(pi*0.004546250692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08639436082) q[0];
ry(pi*0.030951421996) q[1];
ry(pi*0.029306698214) q[2];
ry(pi*0.03693048659) q[3];
ry(pi*0.019913442613) q[4];
ry(pi*0.000514981367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
