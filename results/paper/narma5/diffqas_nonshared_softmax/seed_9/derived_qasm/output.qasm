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
rx(pi*0.056693800221) q[0];
rx(pi*-0.001745296687) q[1];
rx(pi*0.003263241456) q[2];
rx(pi*-0.002310600525) q[3];
rx(pi*-0.000504895165) q[4];
rx(pi*0.000248687254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.04830504726) q[0];
rx(pi*0.004640405917) q[1];
rx(pi*-0.00296663219) q[2];
rx(pi*-0.000760994761) q[3];
rx(pi*0.00369193988) q[4];
rx(pi*0.004557164469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.054149711281) q[0];
rx(pi*0.002802668815) q[1];
rx(pi*-0.001574348228) q[2];
rx(pi*-0.00167432527) q[3];
rx(pi*-0.001265554605) q[4];
rx(pi*0.002940913149) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.059723885581) q[0];
rx(pi*-0.007164797884) q[1];
rx(pi*-0.000666409907) q[2];
rx(pi*0.002521018376) q[3];
rx(pi*-0.001348054782) q[4];
rx(pi*-0.000900262733) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.054954004001) q[0];
rx(pi*0.007199293897) q[1];
rx(pi*-0.002559307456) q[2];
rx(pi*0.000427079737) q[3];
rx(pi*-0.000613709506) q[4];
rx(pi*-0.003484150347) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
