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
ry(pi*0.008169983544) q[0];
ry(pi*0.001174302803) q[1];
ry(pi*-3.8811595e-05) q[2];
ry(pi*5.738129e-06) q[3];
ry(pi*-0.003359985571) q[4];
ry(pi*0.001131517775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000824895346) q[0];
ry(pi*0.000518929922) q[1];
ry(pi*0.499376759152) q[2];
ry(pi*0.00129724606) q[3];
ry(pi*-0.000237557348) q[4];
ry(pi*-0.000436938674) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002709724585) q[0];
ry(pi*-0.044327794904) q[1];
ry(pi*0.045255211271) q[2];
ry(pi*0.001491059348) q[3];
ry(pi*-0.19582025233) q[4];
ry(pi*-0.000162307651) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003524604099) q[0];
ry(pi*-0.513770130626) q[1];
ry(pi*0.000858410111) q[2];
ry(pi*-0.000194500272) q[3];
ry(pi*0.001781718137) q[4];
ry(pi*-0.307313755939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.069282370099) q[0];
ry(pi*0.043177932557) q[1];
ry(pi*-0.00787496621) q[2];
ry(pi*-0.000607999413) q[3];
ry(pi*0.110620956428) q[4];
ry(pi*0.000715511304) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
