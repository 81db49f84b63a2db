// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.046201401171) q[0];
ry(pi*-0.171674679841) q[1];
ry(pi*0.029531710259) q[2];
ry(pi*-0.004589108647) q[3];
ry(pi*0.010235786709) q[4];
ry(pi*0.010101247398) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00646297401) q[0];
ry(pi*-0.278876149493) q[1];
ry(pi*0.011071512529) q[2];
ry(pi*0.303315249362) q[3];
ry(pi*0.004457604086) q[4];
ry(pi*0.005512120964) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002110429736) q[0];
ry(pi*0.513214380901) q[1];
ry(pi*0.099890283383) q[2];
ry(pi*-0.025932402152) q[3];
ry(pi*0.023365835248) q[4];
ry(pi*0.015514416589) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.248094896443) q[0];
ry(pi*-0.001146179707) q[1];
ry(pi*-0.016615950604) q[2];
ry(pi*0.001869101128) q[3];
ry(pi*0.289179698556) q[4];
ry(pi*0.475196599343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.071293139845) q[0];
ry(pi*0.038024322412) q[1];
ry(pi*0.161948452517) q[2];
ry(pi*0.056845511055) q[3];
ry(pi*-0.13643412909) q[4];
ry(pi*-0.000678986763) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
