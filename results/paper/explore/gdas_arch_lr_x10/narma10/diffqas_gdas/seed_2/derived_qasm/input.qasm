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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000263594757) q[0];
ry(pi*-0.009599354188) q[1];
ry(pi*-0.006335062117) q[2];
ry(pi*0.000569940081) q[3];
ry(pi*-0.009143413566) q[4];
ry(pi*-0.004823099248) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001436097521) q[0];
ry(pi*0.075927698302) q[1];
ry(pi*-0.003736918039) q[2];
ry(pi*-0.000222048794) q[3];
ry(pi*-0.000712225832) q[4];
ry(pi*0.003236940484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001763439821) q[0];
ry(pi*-0.00689293264) q[1];
ry(pi*-0.005124823151) q[2];
ry(pi*0.066719260978) q[3];
ry(pi*0.001086295267) q[4];
ry(pi*-0.003292791214) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002489801684) q[0];
ry(pi*-0.004098803636) q[1];
ry(pi*0.00661800626) q[2];
ry(pi*-0.016852537211) q[3];
ry(pi*-0.002944265396) q[4];
ry(pi*-0.009843596298) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.145047528871) q[0];
ry(pi*-0.037930366994) q[1];
ry(pi*0.069752732973) q[2];
ry(pi*0.064804218231) q[3];
ry(pi*-0.063031651332) q[4];
ry(pi*0.005865316449) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
