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
ry(pi*-0.111978949817) q[0];
ry(pi*-0.091080809741) q[1];
ry(pi*-0.003890156475) q[2];
ry(pi*-0.000210598296) q[3];
ry(pi*0.000795922478) q[4];
ry(pi*0.002399256766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115771383895) q[0];
ry(pi*-0.04388472907) q[1];
ry(pi*-0.001683418108) q[2];
ry(pi*0.001021508744) q[3];
ry(pi*0.00038649262) q[4];
ry(pi*-0.002142379102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115219106182) q[0];
ry(pi*-0.105352148503) q[1];
ry(pi*-0.003080597928) q[2];
ry(pi*0.00253173116) q[3];
ry(pi*0.003820621059) q[4];
ry(pi*0.005316642966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113888841464) q[0];
ry(pi*-0.073530382537) q[1];
ry(pi*-0.002289168286) q[2];
ry(pi*-0.002378749152) q[3];
ry(pi*0.000258794578) q[4];
ry(pi*0.00089581896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112981384428) q[0];
ry(pi*-0.1108942304) q[1];
ry(pi*0.001421444186) q[2];
ry(pi*-0.002744485031) q[3];
ry(pi*0.003846098791) q[4];
ry(pi*0.001255880875) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
